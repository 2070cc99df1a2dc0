import { z } from 'zod';
import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  approvalInput,
  approvalOutput,
  changePasswordInput,
  loginInput,
  sessionSchema,
  unlockInput,
} from '../schemas/auth';
import { createOperatorInput, operatorSchema, resetPasswordInput, updateOperatorInput } from '../schemas/operators';
import { auditListInput, auditListOutput, auditVerifyOutput } from '../schemas/audit';
import { appStatusOutput, dashboardOutput, settingsSchema, setupInput, updateSettingsInput } from '../schemas/app';
import { ADMINS, done, EVERYONE } from './shared';

/** The skeleton's procedures: first run, sign-in, operators, audit, settings, dashboard. */
export const coreProcedures = {
  'app.status': procedure({ input: noInput, output: appStatusOutput, permission: 'public', kind: 'query' }),
  'setup.createOffice': procedure({ input: setupInput, output: sessionSchema, permission: 'public', kind: 'mutation' }),

  'auth.login': procedure({ input: loginInput, output: sessionSchema, permission: 'public', kind: 'mutation' }),
  'auth.logout': procedure({ input: noInput, output: done, permission: 'session', kind: 'mutation' }),
  'auth.session': procedure({ input: noInput, output: sessionSchema.nullable(), permission: 'public', kind: 'query' }),
  'auth.lock': procedure({ input: noInput, output: sessionSchema, permission: EVERYONE, kind: 'mutation' }),
  'auth.unlock': procedure({ input: unlockInput, output: sessionSchema, permission: 'session', kind: 'mutation' }),
  'auth.activity': procedure({ input: noInput, output: sessionSchema, permission: EVERYONE, kind: 'query' }),
  'auth.changePassword': procedure({
    input: changePasswordInput,
    output: done,
    permission: EVERYONE,
    kind: 'mutation',
  }),
  'auth.requestApproval': procedure({
    input: approvalInput,
    output: approvalOutput,
    permission: EVERYONE,
    kind: 'mutation',
  }),

  'operators.list': procedure({ input: noInput, output: z.array(operatorSchema), permission: ADMINS, kind: 'query' }),
  'operators.create': procedure({
    input: createOperatorInput,
    output: operatorSchema,
    permission: ADMINS,
    kind: 'mutation',
  }),
  'operators.update': procedure({
    input: updateOperatorInput,
    output: operatorSchema,
    permission: ADMINS,
    kind: 'mutation',
  }),
  'operators.resetPassword': procedure({
    input: resetPasswordInput,
    output: done,
    permission: ['owner'],
    kind: 'mutation',
  }),

  'audit.list': procedure({ input: auditListInput, output: auditListOutput, permission: ADMINS, kind: 'query' }),
  'audit.verify': procedure({ input: noInput, output: auditVerifyOutput, permission: ADMINS, kind: 'query' }),

  'settings.get': procedure({ input: noInput, output: settingsSchema, permission: EVERYONE, kind: 'query' }),
  'settings.update': procedure({
    input: updateSettingsInput,
    output: settingsSchema,
    permission: ADMINS,
    kind: 'mutation',
    // Changing the office's identity or the lock policy is sensitive: a manager needs the owner's approval.
    approvalBy: ['owner'],
  }),

  'dashboard.summary': procedure({ input: noInput, output: dashboardOutput, permission: EVERYONE, kind: 'query' }),
} satisfies ContractShape;
