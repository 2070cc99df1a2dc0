import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { SessionInfo } from '@shared/ipc/schemas/auth';
import type { Office } from '@shared/ipc/schemas/common';
import { officeFormat, type OfficeFormat } from '../i18n/format';

interface SessionValue {
  session: SessionInfo;
  office: Office;
  format: OfficeFormat;
}

const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in operator and their office, for everything inside the shell. */
export function SessionProvider({
  session,
  office,
  children,
}: {
  session: SessionInfo;
  office: Office;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ session, office, format: officeFormat(office) }), [session, office]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function useSessionValue(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('session hooks must be used inside <SessionProvider>');
  return value;
}

export const useSession = (): SessionInfo => useSessionValue().session;
export const useOffice = (): Office => useSessionValue().office;
/** Dates in the office zone and locale, money in the office currency. */
export const useOfficeFormat = (): OfficeFormat => useSessionValue().format;
/** False while locked or before a forced password change: main refuses calls then, so polling waits. */
export const useSessionUsable = (): boolean => {
  const { locked, mustChangePassword } = useSessionValue().session;
  return !locked && !mustChangePassword;
};
