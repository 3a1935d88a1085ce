// TypeScript declarations of the simplex-script test kit, for editors: start a test file with
//   // @ts-check
//   /// <reference path="path/to/simplex-script/stdlib/simplex-script-test.d.ts" />
// Reference: docs/testing.md. A JUnit test keeps the names in step with the kit.

/** Something the bot did to a virtual person; compared with text, it is its text. */
interface BotMessage {
  /** The message text (for other kinds, a short description: the emoji of a reaction, ...). */
  readonly text: string;
  /** `'message'`, `'edited'`, `'deleted'`, `'reaction'`, `'removed'`, ... */
  readonly kind: string;
  /** Where, in the bot's numbering: `'@2'` or `'#1'`. */
  readonly chat: string;
  /** The bot-side chat item id, or 0. */
  readonly itemId: number;
  /** The raw JSON of what happened (message content, file, role, ...), or null. */
  readonly details: { [key: string]: any } | null;
}

/** A group of the bot's that a person joined. */
interface GroupChat {
  readonly id: number;
  readonly name: string;
  /** `'#<id>'`. */
  readonly ref: string;
  /** Posts in the group; returns the bot-side item id. */
  send(text: string): number;
  leave(): void;
  /** As host: lets another person in; the bot connects to them. Returns the group as that person sees it. */
  letIn(newcomer: Person): GroupChat;
  /** As host: `'observer'`, `'member'`, `'moderator'`, `'admin'` or `'owner'`. */
  setRole(member: Person, role: string): void;
  /** As host: changes the bot's role. */
  setBotRole(role: string): void;
  /** As host: blocks another member for everyone. */
  block(member: Person): void;
  unblock(member: Person): void;
  /** As host: removes another member, with their messages when `withMessages`. */
  remove(member: Person, withMessages?: boolean): void;
  /** As host: removes the bot. */
  removeBot(): void;
  /** As host: renames the group. */
  rename(displayName: string): void;
  /** As host: deletes the group for everyone. */
  delete(): void;
  /** As host or moderator: moderates a message (the bot's or a member's). */
  moderate(message: BotMessage | number): void;
  /** Reports a message to the moderators (`'spam'`, `'content'`, `'community'`, `'profile'`, `'other'`); the bot must be one. Returns the report's bot-side item id. */
  report(message: BotMessage | number, reason: string, text?: string): number;
  /** Invites the bot to a direct chat, where the group allows direct messages; the bot gets `newMemberContactReceivedInv` and a prepared contact `'@<id>'`. */
  contactBot(): string;
}

interface Person {
  readonly name: string;
  /** `'@2'`, a business chat `'#5'`, or `''` while the bot has not accepted the request. */
  connect(): string;
  send(text: string): number;
  reply(message: BotMessage | number, text: string): number;
  sendFile(name: string, content: string, text?: string): number;
  react(emoji: string, message?: BotMessage | number, add?: boolean): void;
  /** Joins one of the bot's groups by its link: `join('#Lounge')`. */
  join(group: string): GroupChat;
  /** Creates a group of this person's and invites the bot (`role` default `'member'`); `next('joined')` tells when the bot joined. */
  hostGroup(name: string, botRole?: string): GroupChat;
  /** Changes this person's display name: the bot gets `contactUpdated` and `groupMemberUpdated`. */
  rename(displayName: string): void;
  /** The bot's next message to this person; fails the test after `timeout` ms (default 5000). */
  nextMessage(options?: { timeout?: number }): BotMessage;
  /** The next thing of this kind the bot did to this person. */
  next(kind: string, options?: { timeout?: number }): BotMessage;
  /** Once the bot is idle, the messages not read yet. */
  unread(): BotMessage[];
}

interface Sim {
  person(name: string): Person;
  /** Moves the bot's timer clock forward; due timers fire. */
  advance(ms: number): void;
  /** Milliseconds advanced so far. */
  now(): number;
  /** Waits until the bot has handled everything sent to it. */
  settle(): void;
  /** Stops and starts the bot script again, keeping its store. */
  restart(): void;
  /** The outside world: the bot's webhooks, and the web services it fetches. */
  readonly http: SimHttp;
}

/** Options of a request to the bot's webhook routes. */
interface SimHttpRequest {
  /** Sent as JSON (give this or body). */
  json?: any;
  /** Sent as text. */
  body?: string;
  headers?: { [name: string]: string };
  /** Signs the body with this secret in X-Hub-Signature-256, as http.verifyHmac checks. */
  secret?: string;
}

/** What a web service answers the bot. */
interface SimHttpAnswer {
  /** Default 200. */
  status?: number;
  json?: any;
  body?: string;
  headers?: { [name: string]: string };
}

interface SimHttp {
  /** Posts to the bot's route at path and returns its response (no --http needed). */
  post(path: string, options?: SimHttpRequest): FetchResponse;
  /** The same with any method; an unknown path answers 404, a method the path lacks 405. */
  request(method: string, path: string, options?: SimHttpRequest): FetchResponse;
  /** What the bot's fetch of this exact URL gets (any method); a granted URL with no answer cannot be reached. */
  respond(url: string, answer: SimHttpAnswer): void;
}

/** A response, as fetch gives it in the bot. */
interface FetchResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly url: string;
  readonly redirected: boolean;
  /** Lower-case names. */
  readonly headers: { [name: string]: string };
  text(): string;
  json(): any;
}

interface Expectation {
  readonly not: Expectation;
  toBe(expected: any): void;
  toEqual(expected: any): void;
  toContain(item: any): void;
  toMatch(pattern: RegExp | string): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toBeNull(): void;
}

declare const sim: Sim;
declare function test(name: string, fn: () => any): void;
declare function expect(actual: any): Expectation;
