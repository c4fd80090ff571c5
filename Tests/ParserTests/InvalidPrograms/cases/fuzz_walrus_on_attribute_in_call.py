f(xxo.x_e:=xports, 0)
