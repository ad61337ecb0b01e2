/**
 * Enablement interventions (workshop, playbook, champion pairing, seat
 * change): the log entry. The readout is intervention-readout.ts.
 */
import { z } from 'zod';
import { isDay } from '@/lib/metrics';

export const interventionTypes = [
  'workshop',
  'playbook',
  'champion-pairing',
  'seat-change',
  'other',
] as const;
export type InterventionType = (typeof interventionTypes)[number];

export const interventionTypeNames: Record<InterventionType, string> = {
  workshop: 'Workshop',
  playbook: 'Playbook',
  'champion-pairing': 'Champion pairing',
  'seat-change': 'Seat change',
  other: 'Other',
};

export const interventionSchema = z.object({
  id: z.string().min(1).max(80),
  /** `org` or a group id. */
  teamId: z.string().min(1).max(200),
  type: z.enum(interventionTypes),
  day: z.string().refine(isDay, 'Expected a YYYY-MM-DD day'),
  owner: z.string().trim().max(120),
  note: z.string().trim().max(1000),
});
export type Intervention = z.infer<typeof interventionSchema>;
