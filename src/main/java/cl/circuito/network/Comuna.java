package cl.circuito.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/** A comuna, reference data loaded by migration from the official CUT list. */
@Entity
@Immutable
class Comuna {

    @Id
    private String code;
    private String name;
    @Column(name = "province_name")
    private String provinceName;
    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    protected Comuna() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Region region() {
        return region;
    }
}
