/**
 * Phrases people often choose as a passphrase, one a line, in our own words:
 * famous examples of "a good passphrase", song and film lines, sayings and
 * the kinds of sentence people type when asked for a password. Compared the
 * same way as the common passwords (case, spaces and punctuation ignored),
 * so "Let me in, please!" is found as "let me in please".
 */
export const COMMON_PHRASES = `correct horse battery staple
correct horse battery
let me in
let me in please
please let me in
open sesame
open the door
this is my password
this is my passphrase
my password is password
my password
my passphrase
my secret password
secret password
super secret password
enter password here
change this password
change me now
i forgot my password
i love you
i love you so much
i love you forever
i love my family
i love my wife
i love my husband
i love my kids
i love my children
i love my mum
i love my dog
i love my cat
love you forever
god is good
god is love
jesus loves me
jesus is lord
one two three four
one two three four five six
the quick brown fox jumps over the lazy dog
the quick brown fox
to be or not to be
may the force be with you
keep calm and carry on
never give up
never gonna give you up
never gonna let you down
all you need is love
let it be
let it go
hakuna matata
we will rock you
somewhere over the rainbow
over the rainbow
hello world
hello there
good morning
happy birthday
happy days
live laugh love
carpe diem
you only live once
winter is coming
there is no place like home
no place like home
to infinity and beyond
i am the walrus
imagine all the people
stairway to heaven
highway to hell
sweet caroline
bohemian rhapsody
is this the real life
don't stop believing
we are the champions
rule britannia
god save the king
god save the queen
nhs staff password
ward password
night shift password
abc def ghi jkl
qwerty uiop asdf
password password password
monday tuesday wednesday thursday
january february march april
red orange yellow green
red yellow blue green
`;
