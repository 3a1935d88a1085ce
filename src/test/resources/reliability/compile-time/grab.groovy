@Grab('org.apache.commons:commons-lang3:3.17.0')
import org.apache.commons.lang3.StringUtils
on.start { send('@2', 'ESCAPED grab') }
