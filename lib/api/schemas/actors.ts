/**
 * Who used tokens or spent money, on the report endpoints (§6, §7): a union discriminated by
 * `type` (`BetaAnalyticsActor`). Unknown actor types are kept as loose `{ type, ... }` objects so a
 * new kind of actor never fails a page; a known type missing its id does.
 *
 * `email` is accepted as an alias of `email_address` (support-guide example); the output always
 * says `email_address`, which is null for deleted accounts and system service accounts.
 */
import { z } from 'zod';
import { aliasEmail, identity, openEnum, optionalString } from '@/lib/api/schemas/common';

/** A claude.ai member (`BetaAnalyticsReportUserActor`). */
export const userActor = z.preprocess(
  aliasEmail,
  z.looseObject({
    type: z.literal('user_actor'),
    user_id: identity,
    email_address: z.string().nullable(),
    name: optionalString,
    deleted: z.boolean().nullish(),
  }),
);

const serviceAccountActor = z.looseObject({
  type: z.literal('service_account_actor'),
  service_account_id: identity,
});

const apiActor = z.looseObject({ type: z.literal('api_actor'), api_key_id: identity });

const federatedActor = z.looseObject({
  type: z.literal('federated_actor'),
  subject: optionalString,
  provider: z.looseObject({ type: openEnum(['aws', 'gcp', 'azure', 'oidc']) }).nullish(),
});

const knownActors = {
  user_actor: userActor,
  service_account_actor: serviceAccountActor,
  api_actor: apiActor,
  federated_actor: federatedActor,
} as const;

type KnownActor = z.output<(typeof knownActors)[keyof typeof knownActors]>;
/** An actor of a type this version of Uptake does not know (or whose type was not reported). */
export type UnknownActor = { type: string | null; [key: string]: unknown };
export type Actor = KnownActor | UnknownActor;

/** Any actor; validated against its own type's schema when the type is known. */
export const actor = z
  .looseObject({ type: z.string().nullable() })
  .transform((value, ctx): Actor => {
    const schema =
      value.type === null ? undefined : knownActors[value.type as keyof typeof knownActors];
    if (!schema) return value;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
    return z.NEVER;
  });

/** True when an actor is a claude.ai member. */
export function isUserActor(value: Actor): value is z.output<typeof userActor> {
  return value.type === 'user_actor';
}
