from .. import b
from ..b import b_value
c_value = "c sees " + b_value
parent_name = b.__name__
