/** English strings of Settings → Updates; joined into en.ts as `updates`. */
const updatesEn = {
  title: 'Updates',
  intro: 'The app can look for new versions on your update server (the folder your releases are uploaded to). It is off until you turn it on; nothing is downloaded or installed by itself.',
  enabled: 'Check for updates (at start and once a day)',
  feedUrl: 'Update feed address',
  feedUrlHelp: 'The folder holding latest.yml, e.g. https://updates.example.com/mikrotik-billing',
  feedUrlInvalid: 'An http:// or https:// address without a user name, query or #',
  feedRequired: 'Set the update feed address to turn the check on',
  save: 'Save update settings',
  saved: 'Update settings saved.',
  checkNow: 'Check now',
  current: 'This is version {{version}}.',
  state: {
    never: 'Not checked yet.',
    checking: 'Checking…',
    'up-to-date': 'Up to date (checked {{when}}).',
    available: 'Update available: v{{version}} (checked {{when}}).',
    failed: 'The last check failed ({{when}}): {{error}}',
  },
  released: 'Released {{date}}.',
  download: 'Download: {{url}}',
  ownerOnly: 'Only the owner can change where updates come from.',
};

export default updatesEn;
