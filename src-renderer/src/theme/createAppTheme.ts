import { createTheme, type Theme } from '@mui/material/styles';

export type ThemeMode = 'light' | 'dark';

/**
 * Calm, high-contrast themes for long days at the desk on cheap screens (1366x768):
 * compact density, large enough type, clear focus rings for keyboard users.
 */
export function createAppTheme(mode: ThemeMode): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#1b5e9e' : '#7db8f0' },
      secondary: { main: mode === 'light' ? '#00796b' : '#6fd3c4' },
      background:
        mode === 'light' ? { default: '#f3f5f8', paper: '#ffffff' } : { default: '#121417', paper: '#1c1f24' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
      fontSize: 14,
      h1: { fontSize: '1.6rem', fontWeight: 600 },
      h2: { fontSize: '1.2rem', fontWeight: 600 },
      h3: { fontSize: '1.05rem', fontWeight: 600 },
    },
    components: {
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
      MuiButtonBase: {
        styleOverrides: {
          root: {
            '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 },
          },
        },
      },
    },
  });
}
