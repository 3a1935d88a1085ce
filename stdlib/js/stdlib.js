// simplex/stdlib: helpers for bot scripts, written in plain JavaScript on top of the script API.
// Load with one line:
//   const { router, ask, isAnswer, menu, rateLimit, chunk, findContact, findGroup } = require('simplex/stdlib')
// Nothing here reaches past the API objects the host gives every script.

const MAX_MESSAGE_BYTES = 15000 // the core refuses messages over 15,602 encoded bytes; leave room for JSON

function byteSize(cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
}

function utf8Length(s) {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)
    n += byteSize(cp)
    if (cp > 0xffff) i++
  }
  return n
}

// Splits text into pieces of at most maxBytes UTF-8 bytes, preferring paragraph, line, then word
// boundaries, so long answers go out as several messages instead of failing with largeMsg.
// Each character is looked at once per piece: scripts run under a time budget.
function chunk(text, maxBytes = MAX_MESSAGE_BYTES) {
  if (maxBytes < 16) throw new Error('chunk: maxBytes must be at least 16')
  const pieces = []
  let rest = String(text)
  for (;;) {
    let bytes = 0
    let cut = 0
    while (cut < rest.length) {
      const cp = rest.codePointAt(cut)
      if (bytes + byteSize(cp) > maxBytes) break
      bytes += byteSize(cp)
      cut += cp > 0xffff ? 2 : 1
    }
    if (cut >= rest.length) {
      if (rest.length > 0 || pieces.length === 0) pieces.push(rest)
      return pieces
    }
    const head = rest.slice(0, cut)
    const boundary = [head.lastIndexOf('\n\n'), head.lastIndexOf('\n'), head.lastIndexOf(' ')].find(i => i > cut / 2)
    const at = boundary === undefined ? cut : boundary
    pieces.push(rest.slice(0, at).trimEnd())
    rest = rest.slice(at).replace(/^\s+/, '')
  }
}

// Per-key (chat, contact, anything with an id) sliding-window limiter:
//   const limit = rateLimit({ max: 5, perMs: 60000 }); if (!limit.allow(msg.chat)) return
function rateLimit({ max, perMs }) {
  if (!(max > 0) || !(perMs > 0)) throw new Error('rateLimit: max and perMs must be positive numbers')
  const hits = new Map()
  // API objects are callable proxies (typeof 'function'), so test for 'ref', not for an object.
  const keyOf = k => (k && (typeof k === 'object' || typeof k === 'function') && 'ref' in k) ? k.ref : String(k)
  return {
    allow(key, now = Date.now()) {
      const k = keyOf(key)
      const recent = (hits.get(k) || []).filter(t => now - t < perMs)
      const ok = recent.length < max
      if (ok) recent.push(now)
      hits.set(k, recent)
      return ok
    },
    // Milliseconds until key may send again (0 when it may now).
    retryAfter(key, now = Date.now()) {
      const recent = (hits.get(keyOf(key)) || []).filter(t => now - t < perMs)
      return recent.length < max ? 0 : perMs - (now - recent[0])
    },
  }
}

// Dialogs: ask a question in a chat and wait for that chat's next message.
const waiting = new Map() // chat ref -> { resolve, reject, timer }
const answers = new Set() // chat ref + item id of recent answers (host objects cannot be weak keys)
const answerKey = msg => `${msg.chatRef}:${msg.id}`
let dialogsInstalled = false

function installDialogs() {
  if (dialogsInstalled) return
  dialogsInstalled = true
  on.message(msg => {
    const pending = waiting.get(msg.chat.ref)
    if (!pending) return
    waiting.delete(msg.chat.ref)
    clearTimer(pending.timer)
    answers.add(answerKey(msg))
    if (answers.size > 1000) answers.delete(answers.values().next().value)
    pending.resolve(msg)
  })
}

function clearTimer(timer) {
  if (timer && typeof timer.cancel === 'function') timer.cancel()
}

// True for a message that answered an ask(): other handlers usually skip it.
function isAnswer(msg) {
  return answers.has(answerKey(msg))
}

async function ask(chat, question, { timeout = 60000 } = {}) {
  installDialogs()
  if (!chat || !chat.ref) throw new Error('ask: give the chat of a message or a contact/group object')
  if (waiting.has(chat.ref)) throw new Error(`ask: already waiting for an answer in ${chat.ref}`)
  const answer = new Promise((resolve, reject) => {
    const timer = after(timeout, () => {
      waiting.delete(chat.ref)
      reject(new Error(`no answer in ${chat.ref} within ${timeout} ms`))
    })
    waiting.set(chat.ref, { resolve, reject, timer })
  })
  await send(chat, question)
  return answer
}

// Sends a numbered list and resolves with the chosen option (by number or by its text).
async function menu(chat, title, options, { timeout = 60000 } = {}) {
  if (!Array.isArray(options) || options.length === 0) throw new Error('menu: options must be a non-empty list')
  const text = [title, ...options.map((o, i) => `${i + 1}. ${o}`)].join('\n')
  for (;;) {
    const reply = (await ask(chat, text, { timeout })).text.trim()
    const byNumber = options[Number(reply) - 1]
    const byText = options.find(o => o.toLowerCase() === reply.toLowerCase())
    if (byNumber !== undefined || byText !== undefined) return byNumber !== undefined ? byNumber : byText
    await send(chat, `Please answer with a number from 1 to ${options.length}.`)
  }
}

// Command router with argument specs and a generated /help:
//   const r = router()
//   r.command('/price <coin> [currency]', 'Show a price', (msg, { coin, currency }) => ...)
//   r.install()   // registers every command with the host, plus /help
function router({ helpTitle = 'Commands:' } = {}) {
  const routes = []
  const self = {
    command(spec, description, fn) {
      const [name, ...params] = String(spec).trim().split(/\s+/)
      if (!name.startsWith('/')) throw new Error(`router: a command starts with '/': ${spec}`)
      const parsed = params.map(p => {
        const m = /^([<[])(\w+)(\.\.\.)?[>\]]$/.exec(p)
        if (!m) throw new Error(`router: bad parameter ${p} in ${spec} (use <required>, [optional], <rest...>)`)
        return { name: m[2], required: m[1] === '<', rest: !!m[3] }
      })
      routes.push({ name, spec, description, params: parsed, fn })
      return self
    },
    helpText() {
      return [helpTitle, ...routes.map(r => `${r.spec} - ${r.description}`)].join('\n')
    },
    install() {
      for (const r of routes) {
        command(r.name, r.description, (msg, args) => {
          const values = {}
          for (let i = 0; i < r.params.length; i++) {
            const p = r.params[i]
            const value = p.rest ? args.slice(i).join(' ') : args[i]
            if (p.required && (value === undefined || value === '')) {
              return msg.reply(`Usage: ${r.spec}`)
            }
            values[p.name] = value
          }
          return r.fn(msg, values)
        })
      }
      if (!routes.some(r => r.name === '/help')) {
        command('/help', 'List commands', msg => msg.reply(self.helpText()))
      }
      return self
    },
  }
  return self
}

// Name lookups, by display name (case-insensitive).
async function findContact(name) {
  const wanted = String(name).toLowerCase()
  return (await contacts.list()).find(c => c.name.toLowerCase() === wanted)
}

async function findGroup(name) {
  const wanted = String(name).toLowerCase()
  return (await group.list()).find(g => g.name.toLowerCase() === wanted)
}

exports.chunk = chunk
exports.rateLimit = rateLimit
exports.ask = ask
exports.isAnswer = isAnswer
exports.menu = menu
exports.router = router
exports.findContact = findContact
exports.findGroup = findGroup
exports.utf8Length = utf8Length
