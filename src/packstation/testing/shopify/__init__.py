"""An emulator of the Shopify Admin GraphQL API subset the connector uses."""
