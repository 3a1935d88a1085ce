// Escape attempts through the host objects a script holds: API objects, on/command, timer
// handles, the stdlib, closures, exceptions (format: see inherited.groovy). Most use real
// methods of those objects, which a trusted script reaches; the direct reads of a host object's
// internals are refused to trusted scripts too, whose control ("// -- trusted") reaches the same
// field through the metaclass.

// == onRegistrar | registrar (not part of the script API)
escaped on.registrar
// -- trusted
escaped on.getMetaClass().getAttribute(on, 'registrar')

// == onRegistrarSubscript | indexing
escaped on['registrar']
// -- trusted
escaped on.getMetaClass().getAttribute(on, 'registrar')

// == storeTarget | target (not part of the script API)
escaped store.target
// -- trusted
escaped store.getMetaClass().getAttribute(store, 'target')

// == storeTargetSubscript | indexing
escaped store['target']
// -- trusted
escaped store.getMetaClass().getAttribute(store, 'target')

// == onRegistrarThroughMetaClass | getMetaClass()
escaped on.getMetaClass().getAttribute(on, 'registrar')

// == storeTargetThroughMetaClass | getMetaClass()
escaped store.getMetaClass().getAttribute(store, 'target')

// == storeClass | .getClass()
escaped store.getClass().getDeclaredFields()

// == sendClass | .getClass()
escaped send.getClass()

// == logClass | .getClass()
escaped log.getClass()

// == commandClass | .getClass()
escaped command.getClass()

// == messageClass | .getClass()
def m = send(contacts.list()[0], 'probe')
escaped m.getClass()

// == timerHandleClass | .getClass()
def h = after(3600000) { }
escaped h.getClass()

// == stdlibMembersThroughMetaClass | getMetaClass()
def std = require('simplex/stdlib')
escaped std.getMetaClass().getAttribute(std, 'members')

// == closureOwner | groovy.lang.Closure.getOwner()
escaped({ -> 1 }.owner)

// == closureDelegate | groovy.lang.Closure.getDelegate()
escaped({ -> 1 }.delegate)

// == closureThisObject | groovy.lang.Closure.getThisObject()
escaped({ -> 1 }.thisObject)

// == exceptionStackTrace | java.lang.Throwable.getStackTrace()
try {
  store.set('', 1)
} catch (e) {
  escaped e.stackTrace
}
