"""Shop connectors behind one interface: the demo shop now, Shopify next."""
