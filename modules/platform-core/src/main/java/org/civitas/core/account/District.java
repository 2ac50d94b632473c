package org.civitas.core.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A district of the city (Paris: its 20 arrondissements by default), configured by administrators. */
@Entity
@Table(name = "core_district")
@NamedQuery(name = "District.list", query = "SELECT d FROM District d ORDER BY d.position, d.code")
public class District {

    @Id
    private String code;
    private String name;
    private int position;

    protected District() {
    }

    public District(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public void rename(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public int getPosition() { return position; }
}
