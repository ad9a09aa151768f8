import _circ_y
x_name = "x"
