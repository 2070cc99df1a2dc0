import type { GridPaginationModel } from '@mui/x-data-grid';
import type { CustomerListRow } from '@shared/ipc/schemas/customers';
import { useCustomerPage, useCustomerSearch } from '../../api/customers';

export interface CustomerRows {
  /** Each with its balance, derived by main from the ledger. */
  rows: readonly CustomerListRow[];
  /** Server-side total while listing; null while searching (at most one page of matches). */
  total: number | null;
  loading: boolean;
  error: unknown;
}

/** An empty box pages through `customers.list`; a typed one asks `customers.search` (prefix, ranked). */
export function useCustomerRows(query: string, paging: GridPaginationModel): CustomerRows {
  const searching = query !== '';
  const list = useCustomerPage({ offset: paging.page * paging.pageSize, limit: paging.pageSize }, !searching);
  const search = useCustomerSearch(query);
  if (searching) {
    return { rows: search.data ?? [], total: null, loading: search.isFetching, error: search.error };
  }
  return { rows: list.data?.customers ?? [], total: list.data?.total ?? 0, loading: list.isFetching, error: list.error };
}
