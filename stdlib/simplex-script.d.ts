// TypeScript declarations of the simplex-script bot API (JavaScript bots).
//
// Editors complete and check a bot with these two lines at its top:
//   // @ts-check
//   /// <reference path="path/to/simplex-script/stdlib/simplex-script.d.ts" />
//
// Names follow the host's exported members one to one (a JUnit test keeps them in step). Every
// call that talks to the chat core returns a Promise; objects carry the core's JSON in `raw`.
// Reference with examples: docs/script-api.md.

/** The core's JSON, as plain objects. */
type Json = { [key: string]: any };

/** A MsgContent: `{type: 'text', text}`, `{type: 'link', text, preview}`, `{type: 'image', text, image}`, ... */
interface MsgContent {
  type: string;
  text: string;
  [key: string]: any;
}

type TextOrContent = string | MsgContent;

type Role = 'observer' | 'member' | 'moderator' | 'admin' | 'owner';

/** The reactions the core accepts. */
type Emoji = '👍' | '👎' | '😀' | '😂' | '😢' | '❤' | '🚀' | '✅';

/** A chat reference: `'@2'` (contact 2), `'#1'` (group 1), `'#1(_support:3)'`, `'#1(_support)'`. */
type ChatRefString = string;

/** Anything that names a chat: an object the API gave you, or a chat reference (never a bare number). */
type ChatLike = Contact | Group | Message | GroupInvite | ChatRefString | Json;
type ContactLike = Contact | Message | Member | number | string | Json;
type GroupLike = Group | GroupInvite | Message | Member | number | string | Json;
type MemberLike = Member | number;
type MessageLike = Message | number;
type FileLike = ChatFile | Message | number;
type UserLike = User | number;
type RequestLike = ContactRequest | number;

/** Options of `send` and `reply`. */
interface SendOptions {
  /** A message to quote, or its item id. */
  quote?: MessageLike;
  /** `{name: member}`; write `@name` in the text. */
  mentions?: { [name: string]: MemberLike };
  /** Seconds until the message disappears. */
  ttl?: number;
  /** True: a live message. */
  live?: boolean;
  /** A file in the bot's files folder (relative to it, or absolute inside it): the message becomes a file message. Paths outside are refused. */
  file?: string;
}

type DeleteMode = 'broadcast' | 'internal' | 'internalMark';
type ChatDeleteMode = 'full' | 'entity' | 'messages' | { type: 'full' | 'entity' | 'messages'; notify?: boolean };

interface ReceiveOptions {
  /** Default true: allow file servers the core is not configured with. */
  approvedRelays?: boolean;
  encrypt?: boolean;
  inline?: boolean;
  /** Where to save: a folder in the bot's files folder (the core picks a free name) or a new file there; default the files folder. Never overwrites. */
  path?: string;
}

// ---------------------------------------------------------------------------------------------
// Objects

/** A chat item with its chat. */
interface Message {
  /** The item id. */
  readonly id: number;
  readonly text: string;
  readonly content: MsgContent;
  /** The `Contact` or `Group`. */
  readonly chat: Contact | Group;
  /** The chat reference to answer in, e.g. `'@2'`, `'#1(_support:3)'`. */
  readonly chatRef: ChatRefString;
  /** The `Contact` (direct chat), the `Member` (group), or null when the bot sent it. */
  readonly sender: Sender | null;
  /** True when the bot sent it. */
  readonly own: boolean;
  readonly file: ChatFile | null;
  readonly quote: Json | null;
  /** The ChatItem JSON (`meta`, `chatDir`, `mentions`, `formattedText`, ...). */
  readonly item: Json;
  /** `{chatInfo, chatItem}`. */
  readonly raw: Json;
  /** Sends in the same chat, quoting this message. */
  reply(textOrContent: TextOrContent, options?: SendOptions): Promise<Message>;
  /** Adds (or, with `false`, removes) a reaction. */
  react(emoji: Emoji, add?: boolean): Promise<Reaction>;
  /** Edits it; only the bot's own messages. */
  edit(textOrContent: TextOrContent): Promise<Message>;
  /** The bot's own: for everyone (`'broadcast'`); received: here only (`'internal'`). */
  delete(mode?: DeleteMode): Promise<Json>;
}

interface Contact {
  readonly id: number;
  /** What kind of chat: always `'direct'` for a contact. */
  readonly type: 'direct';
  /** Locally unique, e.g. `alice_1`. */
  readonly name: string;
  readonly displayName: string;
  readonly fullName: string;
  /** `'@2'`. */
  readonly ref: ChatRefString;
  readonly profile: Json;
  readonly raw: Json;
  send(textOrContent: TextOrContent, options?: SendOptions): Promise<Message>;
}

interface Group {
  readonly id: number;
  /** What kind of chat: always `'group'` for a group. */
  readonly type: 'group';
  readonly name: string;
  readonly displayName: string;
  readonly fullName: string;
  readonly description: string | null;
  /** `'#1'`. */
  readonly ref: ChatRefString;
  readonly profile: Json;
  /** The bot's own member: `group.membership.role`. */
  readonly membership: Member;
  readonly memberCount: number | null;
  readonly raw: Json;
  send(textOrContent: TextOrContent, options?: SendOptions): Promise<Message>;
}

/** A group member; not a chat: send to `member.group` or to the member's contact. */
interface Member {
  /** `groupMemberId`. */
  readonly id: number;
  readonly groupId: number;
  /** The group-wide member id. */
  readonly memberId: string;
  readonly name: string;
  readonly displayName: string;
  readonly role: Role;
  readonly status: string;
  readonly contactId: number | null;
  readonly group: Group | null;
  readonly profile: Json;
  readonly raw: Json;
}

interface ChatFile {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  /** `'rcvInvitation'` (offered), `'rcvAccepted'`, `'rcvComplete'`, ... */
  readonly status: string;
  /** Where it is on the core's machine, once received. */
  readonly path: string | null;
  readonly raw: Json;
  receive(options?: ReceiveOptions): Promise<Message | null>;
  cancel(): Promise<Json>;
}

/**
 * Who sent a message: a `Contact` in a direct chat, a `Member` in a group. Typed as both so that
 * either use checks; which one it is follows from the chat (`msg.chatRef` starts with `@` or `#`).
 */
type Sender = Contact & Member;

/** Received when the address does not accept requests automatically. */
interface ContactRequest {
  readonly id: number;
  readonly name: string;
  readonly displayName: string;
  readonly profile: Json;
  readonly raw: Json;
  accept(): Promise<Contact>;
  /** The requester is not told. */
  reject(): Promise<Json>;
}

interface GroupInvite {
  readonly group: Group;
  /** The inviting contact. */
  readonly from: Contact;
  /** The role offered to the bot. */
  readonly role: Role;
  readonly fromRole: Role;
  readonly raw: Json;
  join(): Promise<Group>;
}

interface Reaction {
  /** Null for reactions that are not emoji. */
  readonly emoji: Emoji | null;
  /** The MsgReaction. */
  readonly reaction: Json;
  /** False: removed. */
  readonly added: boolean;
  readonly chat: Contact | Group;
  /** The message reacted to. */
  readonly message: Message;
  /** `Contact`, `Member`, or null for the bot. */
  readonly sender: Sender | null;
  readonly raw: Json;
}

interface User {
  readonly id: number;
  readonly name: string;
  readonly displayName: string;
  readonly fullName: string;
  readonly profile: Json;
  readonly active: boolean;
  /** From `user.list()`. */
  readonly unreadCount: number | null;
  readonly raw: Json;
}

interface Address {
  /** The short link if any, else the full one. */
  readonly link: string;
  readonly fullLink: string;
  readonly shortLink: string | null;
  readonly settings: Json;
  readonly autoAccept: boolean;
  readonly welcome: MsgContent | null;
  readonly business: boolean;
  readonly raw: Json;
}

interface Link {
  readonly link: string;
  readonly fullLink: string;
  readonly shortLink: string | null;
  /** Group links: the role joiners get. */
  readonly role: Role | null;
  /** Group links: the group. */
  readonly group: Group | null;
  readonly raw: Json;
}

// ---------------------------------------------------------------------------------------------
// API objects (globals)

interface AddressApi {
  /** Null when there is none. */
  get(): Promise<Address | null>;
  create(): Promise<Address>;
  delete(): Promise<Json>;
  shareInProfile(enable?: boolean): Promise<Json>;
  /** Changes only what you give. */
  settings(changes: { autoAccept?: boolean | { acceptIncognito: boolean }; welcome?: TextOrContent | null; business?: boolean }): Promise<Address>;
}

interface ContactsApi {
  list(): Promise<Contact[]>;
  /** By local name, else display name; null when none. */
  find(name: string): Promise<Contact | null>;
  accept(request: RequestLike): Promise<Contact>;
  reject(request: RequestLike): Promise<Json>;
  delete(contact: ContactLike, mode?: ChatDeleteMode): Promise<Json>;
  setPrefs(contact: ContactLike, preferences: Json): Promise<Contact>;
}

interface GroupApi {
  create(nameOrProfile: string | { displayName: string; fullName?: string; description?: string; [key: string]: any }, options?: { incognito?: boolean }): Promise<Group>;
  list(options?: { contact?: ContactLike; search?: string }): Promise<Group[]>;
  add(group: GroupLike, contact: ContactLike, role?: Role): Promise<Member>;
  join(groupOrInvite: GroupLike): Promise<Group>;
  acceptMember(group: GroupLike, member: MemberLike, role?: Role): Promise<Member>;
  role(group: GroupLike, members: MemberLike | MemberLike[], role: Role): Promise<Member[]>;
  /** False unblocks. */
  block(group: GroupLike, members: MemberLike | MemberLike[], blocked?: boolean): Promise<Member[]>;
  remove(group: GroupLike, members: MemberLike | MemberLike[], options?: { messages?: boolean }): Promise<Member[]>;
  leave(group: GroupLike): Promise<Group>;
  members(group: GroupLike): Promise<Member[]>;
  /** Changes only the given fields. */
  updateProfile(group: GroupLike, changes: Json): Promise<Group>;
  delete(group: GroupLike, mode?: ChatDeleteMode): Promise<Json>;
}

interface LinkApi {
  /** Joiners get `role` (default `'member'`). */
  create(group: GroupLike, role?: Role): Promise<Link>;
  /** Null when the group has none. */
  get(group: GroupLike): Promise<Link | null>;
  role(group: GroupLike, role: Role): Promise<Link>;
  delete(group: GroupLike): Promise<Json>;
  /** A one-time invitation. */
  invitation(options?: { incognito?: boolean }): Promise<Link>;
  /** The connectionPlan response (`connectionPlan.type`: `invitationLink`, `contactAddress`, `groupLink`). */
  plan(link: string): Promise<Json>;
  /** A link string, a `plan` result, a `Link` or an `Address`. */
  connect(link: string | Json | Link | Address): Promise<Json>;
}

interface MessagesApi {
  update(message: Message, textOrContent: TextOrContent, options?: { live?: boolean; mentions?: SendOptions['mentions'] }): Promise<Message>;
  update(chat: ChatLike, itemId: number, textOrContent: TextOrContent, options?: { live?: boolean; mentions?: SendOptions['mentions'] }): Promise<Message>;
  delete(messages: Message | Message[], mode?: DeleteMode): Promise<Json>;
  delete(chat: ChatLike, itemIds: number | number[], mode?: DeleteMode): Promise<Json>;
  /** Moderation: needs a higher role than the author's. */
  deleteMember(messages: Message | Message[]): Promise<Json>;
  deleteMember(group: GroupLike, itemIds: number | number[]): Promise<Json>;
  react(message: Message, emoji: Emoji, add?: boolean): Promise<Reaction>;
  react(chat: ChatLike, itemId: number, emoji: Emoji, add?: boolean): Promise<Reaction>;
}

interface FilesApi {
  /** The file's message (status `rcvAccepted`), or null when the sender cancelled it meanwhile. */
  receive(file: FileLike, options?: ReceiveOptions): Promise<Message | null>;
  cancel(file: FileLike): Promise<Json>;
}

interface UserApi {
  active(): Promise<User>;
  list(): Promise<User[]>;
  /** The new user becomes the active one. */
  create(nameOrProfile: string | Json): Promise<User>;
  activate(user: UserLike, password?: string): Promise<User>;
  delete(user: UserLike, options?: { deleteQueues?: boolean; password?: string }): Promise<Json>;
}

interface ProfileApi {
  /** The Profile: `displayName`, `fullName`, `shortDescr`, `image`, `preferences`, `peerType`, ... */
  get(): Promise<Json>;
  /** Changes only what you give; null removes a field; `preferences` merge key by key. */
  update(changes: Json): Promise<Json>;
}

interface CoreApi {
  /** One of the 42 commands, exactly as the core parses it. */
  command(command: string): Promise<Json>;
}

/** What a store keeps: data only (64 levels, 1 MiB as JSON at most). */
type StoreValue = null | boolean | number | string | StoreValue[] | { [key: string]: StoreValue };

/** Persistent data, per script (keyed by its path); survives reloads and restarts. A call that returned is on disk. */
interface Store {
  /** The value, or null when there is none (typed any: you know the shape you stored). */
  get(key: string): any;
  /** Keeps the value (null deletes); throws naming the part that is not data (a function, an API object, a Date). */
  set(key: string, value: StoreValue): void;
  /** True when the key was there. */
  delete(key: string): boolean;
  /** Every key, sorted. */
  keys(): string[];
}

/** Lines in the host's log, each naming the script. */
interface Log {
  info(...parts: any[]): void;
  warn(...parts: any[]): void;
  error(...parts: any[]): void;
  debug(...parts: any[]): void;
}

/** A timer started with `every`, `after` or `schedule`; cancelled on reload and stop anyway. */
interface Timer {
  cancel(): void;
}

/** `on(type, fn)` for any core event by its `type`, and the shortcuts. */
interface On {
  (type: string, handler: (event: Json) => any): void;
  message(handler: (msg: Message) => any): void;
  contact(handler: (contact: Contact) => any): void;
  contactRequest(handler: (request: ContactRequest) => any): void;
  groupInvite(handler: (invite: GroupInvite) => any): void;
  memberJoined(handler: (member: Member) => any): void;
  /** Twice per file: when offered (`rcvInvitation`) and once received (`rcvComplete`). */
  file(handler: (msg: Message) => any): void;
  reaction(handler: (reaction: Reaction) => any): void;
  /** When this version starts (a reload whose on.start throws keeps the old version). */
  start(handler: () => any): void;
  stop(handler: () => any): void;
  /** Once per connection to the core, the first included (also when this version starts while connected). */
  connected(handler: () => any): void;
  disconnected(handler: () => any): void;
}

/** A webhook request, as a route handler receives it. */
interface WebhookRequest {
  readonly method: string;
  /** The path as requested, e.g. `/ci/web`. */
  readonly path: string;
  /** Query parameters (the first value of each). */
  readonly query: { [name: string]: string };
  /** Header names in lower case. */
  readonly headers: { [name: string]: string };
  /** The `:name` segments of the route. */
  readonly params: { [name: string]: string };
  /** The body as text (UTF-8). */
  readonly body: string;
  /** The body parsed as JSON, or null when it is empty or not JSON. */
  readonly json: Json | null;
}

/** What a route handler returns: nothing (204), text (200), or a response. */
type WebhookResponse = void | string | { status?: number; headers?: { [name: string]: string }; body?: string | Json };
type RouteHandler = (req: WebhookRequest) => WebhookResponse | Promise<WebhookResponse>;

/** Webhook routes, served with `--http HOST:PORT`; a path may hold `:name` segments. */
interface HttpApi {
  get(path: string, handler: RouteHandler): void;
  post(path: string, handler: RouteHandler): void;
  put(path: string, handler: RouteHandler): void;
  delete(path: string, handler: RouteHandler): void;
  /** True when `header` (default `X-Hub-Signature-256`) holds `sha256=` + the HMAC-SHA256 of the body with `secret`. */
  verifyHmac(req: WebhookRequest, secret: string, header?: string): boolean;
}

interface FetchOptions {
  /** GET (default), HEAD, POST, PUT, PATCH, DELETE or OPTIONS. */
  method?: string;
  headers?: { [name: string]: string };
  /** Text as is; anything else is sent as JSON. */
  body?: string | Json;
  /** Milliseconds, at most the host's limit (30 s). */
  timeout?: number;
}

/** A response, shaped like the web's; its body is already read. */
interface FetchResponse {
  readonly status: number;
  readonly ok: boolean;
  /** The URL finally answered, after redirects. */
  readonly url: string;
  readonly redirected: boolean;
  /** Header names in lower case. */
  readonly headers: { [name: string]: string };
  text(): string;
  json(): Json;
}

/** A bot command handler: `/say "hello world" now` gives args `['hello world', 'now']`, rest `'"hello world" now'`. */
type CommandHandler = (msg: Message, args: string[], rest: string) => any;

// ---------------------------------------------------------------------------------------------
// Globals

declare const on: On;
/** Registers a bot command, published in the bot's command menu. */
declare function command(name: string, description: string, handler: CommandHandler): void;
declare function command(name: string, handler: CommandHandler): void;
/** Repeats every `ms` (at least 10). */
declare function every(ms: number, fn: () => any): Timer;
/** Runs once after `ms`. */
declare function after(ms: number, fn: () => any): Timer;
/** Runs on a five-field cron pattern (minute hour day month weekday). */
declare function schedule(cron: string, fn: () => any): Timer;
declare const store: Store;
declare const log: Log;
declare const http: HttpApi;
/**
 * Fetches a URL the script was granted: `// @allow-net HOST[:PORT]` lines at the top of the script,
 * within the host's `--allow-net`. Redirects are followed only to granted hosts.
 */
declare function fetch(url: string, options?: FetchOptions): Promise<FetchResponse>;
/** A data file beside the script (JSON parsed, other text as a string); the script reloads when it changes. */
declare function asset(name: string): any;
/** Sends one message; resolves to the sent `Message`. */
declare function send(chat: ChatLike, textOrContent: TextOrContent, options?: SendOptions): Promise<Message>;
declare const address: AddressApi;
declare const contacts: ContactsApi;
declare const group: GroupApi;
declare const link: LinkApi;
declare const messages: MessagesApi;
declare const files: FilesApi;
declare const user: UserApi;
declare const profile: ProfileApi;
declare const core: CoreApi;
declare function require(name: 'simplex/stdlib'): SimplexStdlib;

/** So that `const { router } = require('simplex/stdlib')` resolves in a checked JS file. */
declare module 'simplex/stdlib' {
  const stdlib: SimplexStdlib;
  export = stdlib;
}

// ---------------------------------------------------------------------------------------------
// require('simplex/stdlib')

interface RateLimit {
  /** True (and counted) when `key` (a chat, contact or any value) may act now. */
  allow(key: any, now?: number): boolean;
  /** Milliseconds until `key` may act again (0 when it may now). */
  retryAfter(key: any, now?: number): number;
}

interface Router {
  /** `'/price <coin> [currency]'`, `'/say <text...>'`: the handler gets the parameters by name. */
  command(spec: string, description: string, fn: (msg: Message, params: { [name: string]: string | undefined }) => any): Router;
  helpText(): string;
  /** Registers every command with the host, plus `/help` unless you defined one. */
  install(): Router;
}

interface SimplexStdlib {
  /** Splits text into pieces under the core's message size limit. */
  chunk(text: string, maxBytes?: number): string[];
  rateLimit(options: { max: number; perMs: number }): RateLimit;
  /** Asks in a chat and resolves with that chat's next message. */
  ask(chat: Contact | Group, question: TextOrContent, options?: { timeout?: number }): Promise<Message>;
  /** True for a message that answered an `ask`. */
  isAnswer(msg: Message): boolean;
  /** Sends a numbered list and resolves with the chosen option. */
  menu(chat: Contact | Group, title: string, options: string[], settings?: { timeout?: number }): Promise<string>;
  router(options?: { helpTitle?: string }): Router;
  findContact(name: string): Promise<Contact | undefined>;
  findGroup(name: string): Promise<Group | undefined>;
  utf8Length(text: string): number;
}
