@ambda


