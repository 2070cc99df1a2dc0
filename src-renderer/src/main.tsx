import { requestEarlyStatus } from './boot/earlyStatus';
import { createClient } from './bridge';

// The entry stays tiny on purpose: it opens the bridge and asks for the app's status at once, then loads
// the UI. The round trip overlaps the parsing of React and MUI (index.html preloads their chunks).
const client = createClient();
const earlyStatus = requestEarlyStatus(client);

void import('./boot/mount').then(({ mount }) => mount(client, earlyStatus));
