import type { SetupField, SetupForm } from './setupForm';

/** What the wizard hands each group of fields. */
export interface FieldProps {
  form: SetupForm;
  set: (field: SetupField, value: string) => void;
  /** The translated error to show for a field, once it was left or the form was submitted. */
  errorFor: (field: SetupField) => string | undefined;
  touch: (field: SetupField) => void;
}
