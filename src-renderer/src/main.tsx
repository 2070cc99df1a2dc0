import { requestEarlyStatus } from './boot/earlyStatus';
import { createClient } from './bridge';
import { initialLanguage, loadLanguage } from './i18n/language';

// The entry stays tiny on purpose: it opens the bridge and asks for the app's status at once, starts
// loading the one language the desk shows, then loads the UI. The round trip and the strings overlap the
// parsing of React and MUI (index.html preloads their chunks).
const client = createClient();
const earlyStatus = requestEarlyStatus(client);
const language = initialLanguage();
const strings = loadLanguage(language);

void Promise.all([import('./boot/mount'), strings]).then(([{ mount }, loaded]) => mount(client, earlyStatus, { language, strings: loaded }));
