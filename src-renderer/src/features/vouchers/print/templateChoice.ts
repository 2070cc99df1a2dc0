import type { PrintTemplate, TemplateSettings } from '@shared/ipc/schemas/voucher-print';

export const DEFAULT_KINDS = ['grid', 'thermal58', 'thermal80'] as const;
export type DefaultKind = (typeof DEFAULT_KINDS)[number];

/** A template picker value: one of the built-in starting points or a saved template. */
export type TemplateChoice = { kind: 'default'; which: DefaultKind } | { kind: 'saved'; template: PrintTemplate };

export interface TemplateCatalogue {
  templates: readonly PrintTemplate[];
  defaults: Readonly<Record<DefaultKind, TemplateSettings>>;
}

export const choiceKey = (choice: TemplateChoice): string => (choice.kind === 'default' ? `default:${choice.which}` : `saved:${choice.template.id}`);

export function choiceSettings(choice: TemplateChoice, catalogue: TemplateCatalogue): TemplateSettings {
  return choice.kind === 'default' ? catalogue.defaults[choice.which] : choice.template.settings;
}

export function allChoices(catalogue: TemplateCatalogue): TemplateChoice[] {
  return [
    ...catalogue.templates.map((template): TemplateChoice => ({ kind: 'saved', template })),
    ...DEFAULT_KINDS.map((which): TemplateChoice => ({ kind: 'default', which })),
  ];
}
