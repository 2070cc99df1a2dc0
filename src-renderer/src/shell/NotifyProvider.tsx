import { useCallback, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { NotifyContext } from './useNotify';

interface Message {
  key: number;
  text: string;
}

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const notify = useCallback((text: string) => setMessage({ key: Date.now(), text }), []);
  const close = () => setMessage(null);

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={message?.key}
        open={message !== null}
        autoHideDuration={4000}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" role="status" onClose={close}>
          {message?.text}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}
