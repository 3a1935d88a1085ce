def s = store.@map
on.start { send('@2', 'ESCAPED ' + s) }
