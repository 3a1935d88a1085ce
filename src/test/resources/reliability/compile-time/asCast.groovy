def c = 'java.lang.Runtime' as Class
on.start { send('@2', 'ESCAPED ' + c) }
