@groovy.transform.BaseScript groovy.lang.Script base
on.start { send('@2', 'ESCAPED basescript') }
