package dev.cloudkg.catalog;

import dev.cloudkg.CloudKgTest;

@CloudKgTest
class ServiceCatalogTests extends ServiceCatalogContract {

}
