/*
 * J1QL, the JupiterOne Query Language, as an ANTLR 4 grammar.
 *
 * Written for this project from JupiterOne's public J1QL reference and its examples:
 *   JupiterOne-Archives/docs:knowledgeBase/jupiterOne-query-language_(J1QL)/jupiterOne-query-language.md
 *   JupiterOne-Archives/docs:knowledgeBase/jupiterOne-query-language_(J1QL)/adv-j1ql-tips-and-tricks.md
 *   @ 358e8337f66a6d78acfdbc62d6c586c083bcc369
 * Section names in the comments below are the reference's headings. The reference gives no
 * grammar of its own; where it is silent (for instance where an alias may stand), this grammar
 * accepts every position the reference's examples use.
 *
 * The build (generated-clients/j1ql) turns this file into io.secplat.j1ql.grammar.J1qlParser.
 * Checks that need more than a context-free grammar (date units, one connective per value list,
 * property comparisons only after WHERE) are in io.secplat.j1ql.J1qlSyntax.
 */
grammar J1ql;

// "Language keywords are case-insensitive".
options { caseInsensitive = true; }

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

// A whole query. "Full-text search": the FIND keyword is optional before a quoted term.
query
    : FIND UNIQUE? selector traversal* whereClause? returnClause? orderClause? skipClause? limitClause? EOF
    | fullText=STRING withClause? alias? traversal* whereClause? returnClause? orderClause? skipClause? limitClause? EOF
    ;

// An entity selector: what to find, its pre-traversal filter and its alias, in either order
// ("FIND Person WITH manager = undefined as u", "FIND Firewall AS fw THAT ...").
selector
    : target ( withClause alias? | alias withClause? )?
    ;

// "FIND": a class or a type, '*', '(A|B)', smart classes ("#CriticalAsset", "#Production Application")
// or a quoted full-text term.
target
    : STAR                                                  # anyEntity
    | entityName                                            # oneEntity
    | LPAREN entityName (PIPE entityName)* RPAREN            # entityUnion
    | SMART_CLASS+ entityName?                              # smartClass
    | STRING                                                # fullTextTerm
    ;

entityName
    : IDENT
    ;

alias
    : AS name
    ;

// "WITH": pre-traversal filtering.
withClause
    : WITH condition
    ;

// "WHERE": post-traversal filtering across aliases.
whereClause
    : WHERE condition
    ;

// "AND/OR": parentheses first, comparisons, AND, then OR. NOT negates what follows it.
condition
    : LPAREN condition RPAREN                               # groupedCondition
    | NOT condition                                         # notCondition
    | condition AND condition                               # andCondition
    | condition OR condition                                # orCondition
    | comparison                                            # comparisonCondition
    ;

comparison
    : property comparator value
    ;

comparator
    : EQ | NEQ | LT | LTE | GT | GTE
    | CONTAINS | STARTS_WITH | ENDS_WITH
    | NOT_CONTAINS | NOT_STARTS_WITH | NOT_ENDS_WITH
    ;

// A property: "encrypted", "tag.Production", "[tag.special-name]", "rule.fromPort",
// "p.[special-name]" (an alias or an unaliased class, type or verb, then the property).
property
    : propertyPart (DOT propertyPart)*
    ;

propertyPart
    : name
    | BRACKETED
    ;

value
    : literal                                               # literalValue
    | LPAREN literal (OR literal)* RPAREN                   # anyOfValues
    | LPAREN literal (AND literal)+ RPAREN                  # allOfValues
    | dateValue                                             # dateValueExpr
    | property                                              # propertyValue
    ;

literal
    : STRING
    | NUMBER
    | MINUS NUMBER
    | TRUE
    | FALSE
    | UNDEFINED
    | PARAMETER
    | PLACEHOLDER
    ;

// "Date Comparisons": date.now, date.now - 1 day, date.now-24hr, date.now + 30days, date(2019-10-30).
dateValue
    : DATE_NOW ((PLUS | MINUS) NUMBER unit=name)?           # relativeDate
    | DATE_LITERAL                                          # staticDate
    ;

// "THAT": one hop, or an optional traversal "(that IS Person)?" with its own alias.
traversal
    : THAT relationship selector                            # hop
    | LPAREN traversal+ RPAREN QUESTION alias?              # optionalTraversal
    ;

// A relationship verb ("HAS", "CONTRIBUTES TO"), a union of verbs, or RELATES TO; negated with '!';
// a direction arrow and a relationship alias after the verb, in either order.
relationship
    : BANG? verb ( direction alias? | alias direction? )?
    ;

verb
    : RELATES TO                                            # anyVerb
    | LPAREN name (PIPE name)* RPAREN                       # verbUnion
    | name TO?                                              # oneVerb
    ;

direction
    : FORWARD
    | BACKWARD
    ;

// "RETURN": projections, 'alias.*', whole selectors, functions and aggregations, math; or TREE.
returnClause
    : RETURN TREE                                           # returnTree
    | RETURN returnItem (COMMA returnItem)*                 # returnItems
    ;

returnItem
    : expression (AS columnName)?
    ;

columnName
    : name
    | STRING
    ;

// "Math Operations" and "Mathematical Expressions": parentheses, then ^, then * and /, then + and -.
expression
    : LPAREN expression RPAREN                              # groupedExpression
    | MINUS expression                                      # negatedExpression
    | <assoc = right> expression CARET expression           # powerExpression
    | expression (STAR | SLASH) expression                  # productExpression
    | expression (PLUS | MINUS) expression                  # sumExpression
    | name LPAREN (expression (COMMA expression)*)? RPAREN  # functionCall
    | name DOT STAR                                         # allProperties
    | property                                              # propertyExpression
    | literal                                               # literalExpression
    ;

// "Sorting and Pagination via ORDER BY, SKIP, and LIMIT".
orderClause
    : ORDER BY orderItem (COMMA orderItem)*
    ;

orderItem
    : expression (ASC | DESC)?
    ;

skipClause
    : SKIP_ count=NUMBER
    ;

limitClause
    : LIMIT count=NUMBER
    ;

// A name: an identifier, or a keyword that is not ambiguous where a name stands.
name
    : IDENT
    | TO | TREE | ORDER | BY | ASC | DESC | SKIP_ | LIMIT | UNIQUE | RELATES
    ;

// ---------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------

FIND      : 'find';
UNIQUE    : 'unique';
WITH      : 'with';
AS        : 'as';
THAT      : 'that';
WHERE     : 'where';
RETURN    : 'return';
TREE      : 'tree';
ORDER     : 'order';
BY        : 'by';
ASC       : 'asc';
DESC      : 'desc';
SKIP_     : 'skip';
LIMIT     : 'limit';
AND       : 'and';
OR        : 'or';
NOT       : 'not';
RELATES   : 'relates';
TO        : 'to';
TRUE      : 'true';
FALSE     : 'false';
UNDEFINED : 'undefined';

DATE_NOW     : 'date.now';
DATE_LITERAL : 'date(' [0-9tz:.+\-]+ ')';

// "Relationship direction operators".
FORWARD  : '>>';
BACKWARD : '<<';

// "String Comparisons".
NOT_CONTAINS    : '!~=';
NOT_STARTS_WITH : '!^=';
NOT_ENDS_WITH   : '!$=';
CONTAINS        : '~=';
STARTS_WITH     : '^=';
ENDS_WITH       : '$=';
NEQ : '!=';
LTE : '<=';
GTE : '>=';
EQ  : '=';
LT  : '<';
GT  : '>';

BANG     : '!';
LPAREN   : '(';
RPAREN   : ')';
PIPE     : '|';
COMMA    : ',';
DOT      : '.';
STAR     : '*';
SLASH    : '/';
PLUS     : '+';
MINUS    : '-';
CARET    : '^';
QUESTION : '?';

// "Parameters": ${ param.loginUrl }. "Variable Placeholders" of saved questions: {{name}}.
PARAMETER   : '${' ~[}]* '}';
PLACEHOLDER : '{{' ~[}]* '}}';

// "Smart classes (beta)".
SMART_CLASS : '#' [a-z0-9_]+;

STRING
    : '\'' ( '\\' . | ~['\\] )* '\''
    | '"' ( '\\' . | ~["\\] )* '"'
    ;

NUMBER : [0-9]+ ('.' [0-9]+)?;

// A property name with special characters: [tag.special-name].
BRACKETED : '[' ~[\]]+ ']';

IDENT : [a-z_@] [a-z0-9_@]*;

// "Commenting": /* ... */ anywhere.
COMMENT    : '/*' .*? '*/' -> skip;
WHITESPACE : [ \t\r\n\u000C]+ -> skip;

// Anything else is a token the parser rejects with its position.
UNEXPECTED : .;
