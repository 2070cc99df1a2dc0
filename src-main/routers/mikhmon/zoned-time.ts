/**
 * Router clocks run in local time and their dates carry no offset: the office zone turns them into
 * instants (the shared implementation in src-shared/domain/zoned-time.ts).
 */
export { zonedTimeToEpochMs, type LocalDateTime } from '../../../src-shared/domain/zoned-time';
export { isValidTimeZone } from '../../../src-shared/domain/time-zone';
