// Escape attempts hidden in parameter default values (format: see inherited.groovy).

// == closureParameterDefault | java.lang.System.getenv()
escaped({ a = System.getenv().toString() -> a }())

// == methodParameterDefault | java.lang.System.getenv()
def f(a = System.getenv().toString()) { a }
escaped f()

// == nestedClosureDefault | java.lang.Runtime.getRuntime()
escaped({ -> { b = Runtime.runtime -> b }() }())

// == defaultBehindMethodPointer | java.lang.System.getProperty(String)
def g(a, b = System.getProperty('java.home')) { b }
def p = this.&g
escaped p(1)
