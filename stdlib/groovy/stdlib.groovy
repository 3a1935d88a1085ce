// simplex/stdlib for Groovy: the same helpers as stdlib/js/stdlib.js, with the same names.
// Load with one line:   def std = require('simplex/stdlib')   then std.chunk(...), std.rateLimit(...), ...
// Groovy calls block until the core answers, so ask() and menu() take a closure that gets the
// answer (a handler waiting in place would hold the script's only thread and never see it).

final int MAX_MESSAGE_BYTES = 15000

def utf8Length = { String s -> s.getBytes('UTF-8').length }

// The chat reference of a contact, group or message object (API objects answer .ref); else null.
def refOf = { chat ->
  try {
    chat?.ref
  } catch (MissingPropertyException e) {
    null
  }
}

def chunk = { text, int maxBytes = MAX_MESSAGE_BYTES ->
  if (maxBytes < 16) throw new IllegalArgumentException('chunk: maxBytes must be at least 16')
  def pieces = []
  String rest = text.toString()
  while (utf8Length(rest) > maxBytes) {
    int cut = 0
    int bytes = 0
    int i = 0
    while (i < rest.length()) {
      int codePoint = rest.codePointAt(i)
      int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
      if (bytes + size > maxBytes) break
      bytes += size
      i += Character.charCount(codePoint)
    }
    cut = i
    String head = rest.substring(0, cut)
    def boundary = [head.lastIndexOf('\n\n'), head.lastIndexOf('\n'), head.lastIndexOf(' ')].find { it > cut / 2 }
    int at = boundary == null ? cut : boundary
    pieces << rest.substring(0, at).replaceAll(/\s+$/, '')
    rest = rest.substring(at).replaceAll(/^\s+/, '')
  }
  if (rest || !pieces) pieces << rest
  pieces
}

def rateLimit = { Map options ->
  long max = options.max ?: 0
  long perMs = options.perMs ?: 0
  if (max <= 0 || perMs <= 0) throw new IllegalArgumentException('rateLimit: max and perMs must be positive numbers')
  Map<String, List<Long>> hits = [:]
  def keyOf = { k -> refOf(k) ?: k.toString() }
  def recent = { key, long now -> (hits[keyOf(key)] ?: []).findAll { now - it < perMs } }
  [
    allow: { key, long now = new Date().time ->
      def list = recent(key, now)
      boolean ok = list.size() < max
      if (ok) list << now
      hits[keyOf(key)] = list
      ok
    },
    retryAfter: { key, long now = new Date().time ->
      def list = recent(key, now)
      list.size() < max ? 0L : perMs - (now - list[0])
    },
  ]
}

Map<String, Map> waiting = [:]
Set answers = Collections.newSetFromMap(new IdentityHashMap())
boolean dialogsInstalled = false

def installDialogs = {
  if (dialogsInstalled) return
  dialogsInstalled = true
  on.message { msg ->
    def pending = waiting.remove(msg.chatRef)
    if (!pending) return
    pending.timer.cancel()
    answers << msg
    pending.then(msg)
  }
}

def isAnswer = { msg -> answers.contains(msg) }

def ask = { chat, String question, Map options = [:], Closure then ->
  installDialogs()
  String ref = refOf(chat)
  if (ref == null) throw new IllegalArgumentException('ask: give the chat of a message or a contact/group object')
  if (waiting.containsKey(ref)) throw new IllegalStateException("ask: already waiting for an answer in ${ref}")
  long timeout = options.timeout ?: 60000
  def timer = after(timeout) {
    waiting.remove(ref)
    if (options.onTimeout) options.onTimeout.call()
  }
  waiting[ref] = [then: then, timer: timer]
  send(chat, question)
}

def menu = { chat, String title, List options, Map settings = [:], Closure then ->
  if (!options) throw new IllegalArgumentException('menu: options must be a non-empty list')
  def text = ([title] + options.withIndex().collect { o, i -> "${i + 1}. ${o}" }).join('\n')
  Closure<Object> askAgain
  askAgain = {
    ask(chat, text, settings) { reply ->
      def answer = reply.text.trim()
      def byNumber = answer.isInteger() ? options[(answer as int) - 1] : null
      def byText = options.find { it.toString().equalsIgnoreCase(answer) }
      if (byNumber != null || byText != null) then(byNumber != null ? byNumber : byText)
      else {
        send(chat, "Please answer with a number from 1 to ${options.size()}.")
        askAgain()
      }
    }
  }
  askAgain()
}

def router = { Map settings = [:] ->
  def routes = []
  def self = [:]
  self.command = { String spec, String description, Closure fn ->
    def words = spec.trim().split(/\s+/) as List
    def name = words.head()
    if (!name.startsWith('/')) throw new IllegalArgumentException("router: a command starts with '/': ${spec}")
    def params = words.tail().collect { p ->
      def m = p =~ /^([<\[])(\w+)(\.\.\.)?[>\]]$/
      if (!m.matches()) throw new IllegalArgumentException("router: bad parameter ${p} in ${spec} (use <required>, [optional], <rest...>)")
      [name: m.group(2), required: m.group(1) == '<', rest: m.group(3) != null]
    }
    routes << [name: name, spec: spec, description: description, params: params, fn: fn]
    self
  }
  self.helpText = { ([settings.helpTitle ?: 'Commands:'] + routes.collect { "${it.spec} - ${it.description}" }).join('\n') }
  self.install = {
    routes.each { r ->
      command(r.name, r.description) { msg, args ->
        def values = [:]
        for (int i = 0; i < r.params.size(); i++) {
          def p = r.params[i]
          def value = p.rest ? (args.size() > i ? args.drop(i).join(' ') : null) : (args.size() > i ? args[i] : null)
          if (p.required && !value) return msg.reply("Usage: ${r.spec}")
          values[p.name] = value
        }
        r.fn(msg, values)
      }
    }
    if (!routes.any { it.name == '/help' }) command('/help', 'List commands') { msg, args -> msg.reply(self.helpText()) }
    self
  }
  self
}

def findContact = { name -> contacts.list().find { it.name.equalsIgnoreCase(name.toString()) } }
def findGroup = { name -> group.list().find { it.name.equalsIgnoreCase(name.toString()) } }

[chunk: chunk, rateLimit: rateLimit, ask: ask, isAnswer: isAnswer, menu: menu, router: router,
 findContact: findContact, findGroup: findGroup, utf8Length: utf8Length]
