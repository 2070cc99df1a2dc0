import { useTranslation } from 'react-i18next';
import type { GridLocaleText } from '@mui/x-data-grid';
import { enUS, idID } from '@mui/x-data-grid/locales';

type LocaleText = Partial<GridLocaleText>;

const TEXTS: Record<string, LocaleText> = {
  en: enUS.components.MuiDataGrid.defaultProps.localeText,
  id: idID.components.MuiDataGrid.defaultProps.localeText,
};

/** DataGrid's own texts (toolbar, paging, filters) in the display language. */
export function useGridLocaleText(): LocaleText {
  const { i18n } = useTranslation();
  return TEXTS[i18n.resolvedLanguage ?? 'en'] ?? TEXTS.en ?? {};
}

/** Props every data table of the desk shares: toolbar with search, column choice and CSV export; compact. */
export const GRID_DEFAULTS = {
  showToolbar: true,
  density: 'compact',
  disableRowSelectionOnClick: true,
  autoHeight: true,
  pageSizeOptions: [25, 50, 100],
  initialState: { pagination: { paginationModel: { pageSize: 25 } } },
} as const;
