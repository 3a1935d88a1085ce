@groovy.transform.ASTTest(value = { System.setProperty('simplex.escaped.asttest', 'yes') })
def x = 1
