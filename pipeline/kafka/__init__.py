"""MissionGuard's Kafka topics: creating them, and shipping raw IAM logs onto them."""
