import { v7 as uuidv7, validate, version } from 'uuid';

/** Time-ordered UUIDv7: sortable, client-generated, safe to merge across offices. */
export function newId(): string {
  return uuidv7();
}

export function isUuidV7(value: string): boolean {
  return validate(value) && version(value) === 7;
}
