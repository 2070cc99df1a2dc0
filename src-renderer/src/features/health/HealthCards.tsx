import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import type { HealthOutput } from '@shared/ipc/schemas/health';
import { useOfficeFormat } from '../../shell/SessionContext';
import { Fact, HealthCard } from './HealthCard';

type Props = { health: HealthOutput };

function useWhen() {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  return (at: number | null) => (at === null ? t('health.never') : format.instant(at));
}

export function DbCard({ health }: Props) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const when = useWhen();
  const check = health.db.lastIntegrityCheck;
  const integrity = check === null ? t('health.never') : check.ok ? t('health.db.integrityOk', { when: when(check.at) }) : t('health.db.integrityBad', { when: when(check.at), result: check.result });
  return (
    <HealthCard title={t('health.db.title')} level={health.db.level}>
      <Fact label={t('health.db.path')} value={health.db.path} />
      <Fact label={t('health.db.size')} value={format.bytes(health.db.sizeBytes)} />
      <Fact label={t('health.db.wal')} value={format.bytes(health.db.walBytes)} />
      <Fact label={t('health.db.integrity')} value={integrity} />
    </HealthCard>
  );
}

export function BackupCard({ health }: Props) {
  const { t } = useTranslation();
  const when = useWhen();
  const { backups } = health;
  const last = backups.lastAt === null ? t('health.never') : backups.lastOk ? t('health.backups.ok', { when: when(backups.lastAt) }) : t('health.backups.failed', { problem: backups.lastProblem ?? '' });
  return (
    <HealthCard title={t('health.backups.title')} level={backups.level}>
      <Fact label={t('health.backups.last')} value={last} />
      <Fact label={t('health.backups.lastGood')} value={when(backups.lastGoodAt)} />
    </HealthCard>
  );
}

export function RouterCard({ health }: Props) {
  const { t } = useTranslation();
  const { routers } = health;
  return (
    <HealthCard title={t('health.routers.title')} level={routers.level}>
      <Typography>{t('health.routers.summary', { online: routers.online, offline: routers.offline })}</Typography>
      {routers.list.length === 0 && <Typography color="text.secondary">{t('health.routers.noRouters')}</Typography>}
      {routers.list.map((row) => {
        const figures = [
          row.online ? t('health.routers.online') : (row.lastError ?? row.state),
          row.cpuPercent === null ? null : t('health.routers.cpu', { value: row.cpuPercent }),
          row.memoryPercent === null ? null : t('health.routers.memory', { value: row.memoryPercent }),
        ];
        return <Fact key={row.routerId} label={row.name} value={figures.filter(Boolean).join(' · ')} />;
      })}
    </HealthCard>
  );
}

export function JobCard({ health }: Props) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const when = useWhen();
  const { jobs } = health;
  const oldest = jobs.oldestFailure;
  return (
    <HealthCard title={t('health.jobs.title')} level={jobs.level}>
      <Fact label={t('health.jobs.pending')} value={format.count(jobs.pending)} />
      <Fact label={t('health.jobs.running')} value={format.count(jobs.running)} />
      <Fact label={t('health.jobs.failed')} value={format.count(jobs.failed)} />
      <Fact label={t('health.jobs.oldest')} value={oldest ? `${when(oldest.at)} · ${oldest.kind}${oldest.error ? ` · ${oldest.error}` : ''}` : t('health.none')} />
    </HealthCard>
  );
}

export function SyncCard({ health }: Props) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const when = useWhen();
  const { sync } = health;
  return (
    <HealthCard title={t('health.sync.title')} level={sync.level}>
      <Fact label={t('health.sync.state')} value={sync.state} />
      <Fact label={t('health.sync.backlog')} value={format.count(sync.backlog)} />
      <Fact label={t('health.sync.lastPull')} value={when(sync.lastPullAt)} />
      <Fact label={t('health.sync.lag')} value={sync.lagMs === null ? t('health.none') : t('health.sync.lagValue', { minutes: Math.round(sync.lagMs / 60_000) })} />
      {sync.lastError && <Fact label={t('health.sync.error')} value={sync.lastError} />}
    </HealthCard>
  );
}

export function ScheduleCard({ health }: Props) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const at = (value: number | null) => (value === null ? t('health.schedules.noOffice') : format.instant(value));
  return (
    <HealthCard title={t('health.schedules.title')} level={health.schedules.level}>
      <Fact label={t('health.schedules.billing')} value={at(health.schedules.billingNextRunAt)} />
      <Fact label={t('health.schedules.backup')} value={at(health.schedules.backupNextRunAt)} />
    </HealthCard>
  );
}

export function VersionCard({ health }: Props) {
  const { t } = useTranslation();
  return (
    <HealthCard title={t('health.versions.title')} level={null}>
      <Fact label={t('health.versions.app')} value={health.versions.app} />
      <Fact label={t('health.versions.node')} value={health.versions.node} />
      <Fact label={t('health.versions.electron')} value={health.versions.electron ?? t('health.versions.notElectron')} />
    </HealthCard>
  );
}
