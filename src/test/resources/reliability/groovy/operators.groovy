// Escape attempts through operators Groovy turns into method calls: [], []=, *., ?., .&, ::,
// spread arguments and dynamic names (format: see inherited.groovy).

// == subscriptStaticProperty | java.lang.Object.getAt(String)
escaped System['env']['PATH']

// == subscriptClosureOwner | java.lang.Object.getAt(String)
def c = { -> 1 }
escaped c['owner']

// == subscriptClassLoader | java.lang.Object.getAt(String)
escaped(({ -> 1 })['class']['classLoader'])

// == subscriptAssignDelegate | java.lang.Object.putAt(String, Object)
def c = { -> 1 }
c['delegate'] = 'changed'
escaped c['delegate']

// == subscriptOnList | java.util.Collection.getAt(String)
escaped([{ -> 1 }]['owner'])

// == spreadDotOwner | groovy.lang.Closure.getOwner()
escaped([{ -> 1 }]*.owner)

// == safeNavigationGetClass | java.lang.Object.getClass()
escaped(({ -> 1 })?.getClass()?.classLoader)

// == methodPointerGetClass | java.lang.Object.getClass()
def p = ({ -> 1 }).&getClass
escaped p().classLoader

// == methodReferenceForName | java.lang.Class.forName(String)
def f = Class::forName
escaped f('java.lang.Runtime')

// == spreadArguments | java.lang.System.getProperty(String)
def args = ['java.home']
escaped System.getProperty(*args)

// == dynamicMethodName | java.lang.System.getProperty(String)
def name = 'getProperty'
escaped System."$name"('java.home')

// == dynamicPropertyName | java.lang.Object.getClass()
def p = 'class'
escaped(({ -> 1 })."$p".classLoader)
