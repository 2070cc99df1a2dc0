/** English strings of the Logs page; joined into i18n/en.ts as `logs`. */
const logsEn = {
  title: 'Logs',
  intro: 'What the app has been doing on this computer, newest first. Passwords and keys are never written here.',
  filters: 'Log filters',
  minLevel: 'Level at least',
  anyLevel: 'Any level',
  module: 'Module',
  search: 'Search text',
  from: 'From',
  to: 'To',
  clear: 'Clear',
  autoRefresh: 'Refresh every 5 seconds',
  loadOlder: 'Load older',
  shown: '{{n}} entries shown',
  partial: 'Searched part of the files without finding more; "Load older" searches further back.',
  empty: 'No log entries match.',
  columns: { time: 'Time', level: 'Level', module: 'Module', message: 'Message', details: 'Details' },
  showFields: 'Show the fields of this entry',
  hideFields: 'Hide the fields of this entry',
  noFields: 'No other fields.',
  levels: { trace: 'Trace', debug: 'Debug', info: 'Info', warn: 'Warning', error: 'Error', fatal: 'Fatal' },
  setting: {
    label: 'Write level',
    help: 'Entries below this level are not written. Debug adds every screen refresh; use it only while chasing a problem.',
    saved: 'Log level saved.',
  },
};

export default logsEn;
