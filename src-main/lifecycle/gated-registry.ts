import type { ContractShape } from '../../src-shared/ipc/procedure';
import { AppError, type Result } from '../../src-shared/ipc/result';
import { Registry, type Caller, type RegistryDeps } from '../core/registry';
import type { Handlers } from '../core/handler-types';
import type { Admission } from './admission';

/**
 * The registry behind the shutdown door: every call passes the admission first, so once shutdown has
 * begun new calls get SHUTTING_DOWN and the calls already running are counted until they answer.
 */
export class GatedRegistry<C extends ContractShape> extends Registry<C> {
  constructor(
    contract: C,
    handlers: Handlers<C>,
    deps: RegistryDeps,
    private readonly admission: Admission,
  ) {
    super(contract, handlers, deps);
  }

  override async call(caller: Caller, name: string, rawEnvelope: unknown): Promise<Result<unknown>> {
    let leave: () => void;
    try {
      leave = this.admission.enter();
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      throw error;
    }
    try {
      return await super.call(caller, name, rawEnvelope);
    } finally {
      leave();
    }
  }
}
