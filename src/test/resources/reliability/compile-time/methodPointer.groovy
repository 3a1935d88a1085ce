def exit = System.&getenv
on.start { send('@2', 'ESCAPED ' + exit()) }
