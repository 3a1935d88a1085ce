class Sneaky { static { System.setProperty('simplex.escaped.class', 'yes') } }
new Sneaky()
