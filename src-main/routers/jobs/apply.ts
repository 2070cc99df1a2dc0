import type { JobKind } from '../../../src-shared/domain/router-items';
import type { RouterCommandRunner } from '../client';
import { removeItem, setItemDisabled, upsertItem } from '../items/apply';
import { kickUser } from '../live/sessions';
import { JOB_MENU, jobPayloadSchemas } from './kinds';

/**
 * Applies one job. Every operation reads the item by name before writing, so running it again after
 * an unknown outcome (reply lost, connection reset) converges instead of duplicating. Returns a short
 * description of what the router did, kept for the job list.
 */
export async function applyJob(runner: RouterCommandRunner, kind: JobKind, payload: unknown): Promise<string> {
  switch (kind) {
    case 'session.kick': {
      const kick = jobPayloadSchemas[kind].parse(payload);
      const count = await kickUser(runner, kick.kind, kick.user);
      return `kicked ${count} session(s)`;
    }
    case 'hotspot-user.upsert':
    case 'hotspot-profile.upsert':
    case 'ppp-secret.upsert':
    case 'ppp-profile.upsert': {
      const job = jobPayloadSchemas[kind].parse(payload);
      return upsertItem(runner, JOB_MENU[kind], job.name, job.attributes);
    }
    case 'ppp-secret.enable':
    case 'ppp-secret.disable': {
      const job = jobPayloadSchemas[kind].parse(payload);
      return setItemDisabled(runner, JOB_MENU[kind], job.name, kind === 'ppp-secret.disable');
    }
    case 'hotspot-user.remove':
    case 'hotspot-profile.remove':
    case 'ppp-secret.remove':
    case 'ppp-profile.remove': {
      const job = jobPayloadSchemas[kind].parse(payload);
      return removeItem(runner, JOB_MENU[kind], job.name);
    }
  }
}
