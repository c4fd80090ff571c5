@ambda
