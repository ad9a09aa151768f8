from _circ_x import x_name
