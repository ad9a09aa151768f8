import _circ_p
value = _circ_p.attribute_defined_late
