from .. import mod
from . import sibling
deep = "deep sees " + mod.name + " and " + sibling.word
