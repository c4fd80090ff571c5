# -*- coding: utf-8 -*-
x = "Ã©Ã" (1 2)
