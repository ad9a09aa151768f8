import _circ_q
attribute_defined_late = 1
