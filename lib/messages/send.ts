import {
  messageError,
  responseSchemas,
  toBackground,
  type ResponseOf,
  type ToBackground,
} from './contract';

/** Raised when the background answers with an error or an answer that breaks the contract. */
export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Send a typed request to the background and validate its answer.
 *
 * The request is validated before it leaves, the response before it is
 * returned; a background error comes back as a thrown MessageError whose
 * message is safe to show.
 */
export async function sendToBackground<M extends ToBackground>(
  message: M,
): Promise<ResponseOf<M['type']>> {
  const request = toBackground.parse(message);
  const raw: unknown = await browser.runtime.sendMessage(request);
  return checkedAnswer(request.type as M['type'], raw);
}

/**
 * The background's answer `raw` to a request of `type`, validated as
 * `sendToBackground` does: for an answer that was asked for before the
 * contract's code was loaded (the popup's first step, entrypoints/popup/main.tsx).
 */
export function checkedAnswer<T extends ToBackground['type']>(
  type: T,
  raw: unknown,
): ResponseOf<T> {
  const failed = messageError.safeParse(raw);
  if (failed.success) throw new MessageError(failed.data.error);
  const parsed = responseSchemas[type].safeParse(raw);
  if (!parsed.success) throw new MessageError(`Unexpected answer to ${type}.`);
  return parsed.data as ResponseOf<T>;
}
