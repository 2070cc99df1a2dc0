import { useEffect, useId, useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface PageProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** One routed page: an h1 that takes focus on arrival (screen readers and keyboard users land here). */
export function Page({ title, actions, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, minHeight: 40 }}>
        <Typography
          variant="h1"
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          sx={{ flexGrow: 1, '&:focus': { outline: 'none' } }}
        >
          {title}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Box>
  );
}
